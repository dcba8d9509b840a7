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
/** Where esbuild writes an entry, under `dir` (default: the project): its outfile, or its folder when split. */
export function outputOf(
  entry: HostEntry,
  dir?: string,
):
  | { entryPoints: string[]; outfile: string }
  | { entryPoints: Record<string, string>; outdir: string; chunkNames: string };
