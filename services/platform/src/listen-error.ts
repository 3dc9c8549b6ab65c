/** A message a person can act on when a server cannot listen. */
export function describeListenError(error: unknown, what: string, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return `Port ${port} is already in use, so the ${what} cannot start. Stop the program using it (lsof -i :${port}) or choose another port.`;
  }
  if (code === 'EACCES') return `No permission to listen on port ${port} for the ${what}; choose a port above 1024.`;
  return `The ${what} could not start: ${error instanceof Error ? error.message : String(error)}`;
}
