/**
 * A button that opens the file chooser (a hidden <input type="file">): the file chosen is handed on, and the input is
 * cleared so that choosing the same file again reads it again. The input keeps its own label for screen readers and
 * tests.
 */
import { Button, type ButtonProps } from '@fluentui/react-components';
import { useRef } from 'react';

export function FileButton({
  children,
  accept,
  label,
  onFile,
  size,
  disabled,
}: {
  children: string;
  accept: string;
  label: string;
  onFile: (file: File) => void;
  size?: ButtonProps['size'];
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size={size} onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) onFile(f);
        }}
      />
    </>
  );
}
