import { Fragment } from 'react';

/**
 * A field path (`profile.outgoing.triggers[3]`) that wraps only between its parts, after a dot or before
 * a bracket, never inside a name like `trigg|ers` or `format_ver|sion`.
 */
export function PathText({ path }: { path: string }) {
  const parts = path.split(/(?<=\.)|(?=\[)/);
  return (
    <code className="path-text">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </code>
  );
}
