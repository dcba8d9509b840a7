/** An action's failure in plain words, announced as it appears; nothing when there is none. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="field-messages field-messages-error" role="alert">
      {message}
    </div>
  );
}
