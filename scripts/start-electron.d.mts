/** Where electron's launcher expects the runtime; `present` is false until it has been downloaded. */
export function locateRuntime(
  electronDir: string,
  fileExists?: (file: string) => boolean,
  readText?: (file: string) => string,
): { present: boolean; executable: string | null };
/** Whether a failed download looks like the machine cannot reach the download host. */
export function isNetworkFailure(output: string): boolean;
/** The plain-language message for a launch that cannot go ahead. */
export function explainLaunchFailure(failure: {
  stage: 'download' | 'launch';
  output?: string;
  code?: number | null;
}): string;
