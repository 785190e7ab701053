/**
 * Turns an uninstaller's output chunks into whole lines for the Remove screen's live output, per
 * stream; a line is capped so one runaway line cannot flood the screen.
 */
const MAX_LINE = 2000;

export class LineSplitter {
  private readonly pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };

  constructor(private readonly onLine: (line: string, stream: 'stdout' | 'stderr') => void) {}

  push(chunk: string, stream: 'stdout' | 'stderr'): void {
    const text = this.pending[stream] + chunk;
    const parts = text.split(/\r?\n|\r/);
    this.pending[stream] = parts.pop() ?? '';
    for (const line of parts) this.emit(line, stream);
    if (this.pending[stream].length > MAX_LINE) {
      this.emit(this.pending[stream], stream);
      this.pending[stream] = '';
    }
  }

  flush(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream] !== '') this.emit(this.pending[stream], stream);
      this.pending[stream] = '';
    }
  }

  private emit(line: string, stream: 'stdout' | 'stderr'): void {
    if (line.trim() === '') return;
    this.onLine(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line, stream);
  }
}
