/** One program the host build produces. */
export interface HostEntry {
  name: string;
  source: string;
  outfile: string;
  optional?: boolean;
  options: Record<string, unknown>;
}
export const ENTRIES: HostEntry[];
/** The entries that will be built: required ones always, optional ones only when their source exists. */
export function selectEntries(entries?: HostEntry[], exists?: (file: string) => boolean): HostEntry[];
