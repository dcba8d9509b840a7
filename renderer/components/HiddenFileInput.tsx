import type { Ref } from 'react';

/**
 * A hidden file chooser that a visible button opens (`ref.current.click()`); hands over the first file
 * chosen. The input is emptied each time, so choosing the same file again fires again.
 */
export function HiddenFileInput({
  ref,
  accept,
  label,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  accept: string;
  /** The accessible name of the chooser. */
  label: string;
  onFile(file: File): Promise<void>;
}) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      accept={accept}
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) void onFile(file);
      }}
    />
  );
}
