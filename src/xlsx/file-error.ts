/** An input or output file problem: reported in one line, exit code 2, never a crash. */
export class FileError extends Error {}
