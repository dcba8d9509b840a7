import { TextField, type TextFieldProps } from './TextField';

/** Props of a labelled input whose form checks it on submit. */
export interface InputFieldProps extends Omit<TextFieldProps, 'problems' | 'className'> {
  /** What is wrong with the value, once the form was submitted; none when nothing is. */
  error?: string | null;
}

/** A labelled input with the one error its form found on submit: a TextField with that error as its message. */
export function InputField({ error, ...field }: InputFieldProps) {
  return <TextField {...field} problems={error ? [{ severity: 'error', message: error }] : []} />;
}
