/** The bundled code books, built from the generated data module (import it lazily in the pane). */
import { CodeBook, parseCodeText, type UserCodeList } from './codebook';

export interface CodeData {
  FUNCTION_CODES: string;
  ECONOMIC_CODES: string;
}

export interface CodeBooks {
  function: CodeBook;
  economic: CodeBook;
}

export function buildBooks(data: CodeData, user: UserCodeList[] = []): CodeBooks {
  return {
    function: new CodeBook(
      'function',
      parseCodeText(data.FUNCTION_CODES),
      user.filter((u) => u.kind === 'function'),
    ),
    economic: new CodeBook(
      'economic',
      parseCodeText(data.ECONOMIC_CODES),
      user.filter((u) => u.kind === 'economic'),
    ),
  };
}
