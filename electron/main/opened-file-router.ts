/**
 * Files the OS opens with the app (the `.webhook.json` file association, a path on the command line, or
 * macOS's `open-file`) can arrive before the host services exist; they wait here until `attach`.
 */
export function createOpenedFileRouter() {
  let open: ((filePath: string) => void) | null = null;
  const waiting: string[] = [];
  return {
    /** Route paths now, or as soon as the host is attached. */
    add(paths: readonly string[]): void {
      if (open) paths.forEach(open);
      else waiting.push(...paths);
    },
    /** Connect the host; paths that arrived earlier are delivered in order. */
    attach(handler: (filePath: string) => void): void {
      open = handler;
      waiting.splice(0).forEach(handler);
    },
  };
}
