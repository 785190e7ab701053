/**
 * Reads text line by line without splitting it all at once (a 100,000-entry export has ~900,000
 * lines; holding them all doubles the reader's memory). Line breaks: CRLF (Windows exports), LF,
 * a lone CR, and CR CR LF — which KPM writes inside Comment/Text (research §4.2) — each count as
 * ONE break: the same lines as text.split(/\r\r\n|\r\n|\n|\r/).
 */
export class LineCursor {
  private pos = 0;
  private nextLf: number;
  private nextCr: number;
  private finished = false;
  /** 1-based number of the line last returned by next() or reached by advance(). */
  lineNo = 0;
  /** Where that line starts and ends in the text (its break not included). */
  start = 0;
  end = 0;

  /** nextLf/nextCr: only for fork(), which already knows them. */
  constructor(
    private readonly text: string,
    nextLf = text.indexOf('\n'),
    nextCr = text.indexOf('\r'),
  ) {
    this.nextLf = nextLf;
    this.nextCr = nextCr;
  }

  /** The next line, or undefined after the last one. */
  next(): string | undefined {
    return this.advance() ? this.text.slice(this.start, this.end) : undefined;
  }

  /**
   * Moves to the next line without making a string of it (start/end say where it is); false after
   * the last one. The reader looks at most lines by index and slices only the parts it keeps.
   */
  advance(): boolean {
    if (this.finished) return false;
    const { text, pos } = this;
    if (this.nextLf !== -1 && this.nextLf < pos) this.nextLf = text.indexOf('\n', pos);
    if (this.nextCr !== -1 && this.nextCr < pos) this.nextCr = text.indexOf('\r', pos);
    const lf = this.nextLf;
    const cr = this.nextCr;
    const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    this.lineNo += 1;
    this.start = pos;
    if (at === -1) {
      this.finished = true;
      this.end = text.length;
      return true;
    }
    let length = 1;
    if (text.charCodeAt(at) === 13) {
      if (text.charCodeAt(at + 1) === 13 && text.charCodeAt(at + 2) === 10) length = 3;
      else if (text.charCodeAt(at + 1) === 10) length = 2;
    }
    this.pos = at + length;
    this.end = at;
    return true;
  }

  /** A copy at the same place, for looking ahead without moving this one. */
  fork(): LineCursor {
    const copy = new LineCursor(this.text, this.nextLf, this.nextCr);
    copy.pos = this.pos;
    copy.finished = this.finished;
    copy.lineNo = this.lineNo;
    copy.start = this.start;
    copy.end = this.end;
    return copy;
  }
}

/** All lines at once (tests and small inputs). */
export function splitLines(text: string): string[] {
  const cursor = new LineCursor(text);
  const lines: string[] = [];
  for (let line = cursor.next(); line !== undefined; line = cursor.next()) lines.push(line);
  return lines;
}
