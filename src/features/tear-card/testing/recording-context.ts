import type { CardContext } from "../canvas-context";

// A stand-in for a 2D canvas (jsdom has none) that records what would be drawn, in card
// coordinates, so tests can check where things land. It follows save/restore and
// translate, which is all the tear card uses of the transform.

export type Point = { x: number; y: number; call: string };
export type DrawnText = { text: string; left: number; right: number; baseline: number; size: number };

/** Path2D for jsdom: keeps the path data so the fake can read its coordinates. */
export class RecordedPath2D {
  constructor(readonly d = "") {}
}

// A rough advance width for a text face: about half an em per character is close enough
// to tell "fits" from "far too long" without a font engine.
const EM_PER_CHARACTER = 0.55;

export function fontSize(font: string): number {
  const match = /(\d+(?:\.\d+)?)px/.exec(font);
  return match ? Number(match[1]) : 10;
}

export class RecordingContext implements CardContext {
  fillStyle: string | CanvasGradient | CanvasPattern = "#000000";
  strokeStyle: string | CanvasGradient | CanvasPattern = "#000000";
  lineWidth = 1;
  lineCap: CanvasLineCap = "butt";
  lineJoin: CanvasLineJoin = "miter";
  globalAlpha = 1;
  globalCompositeOperation: GlobalCompositeOperation = "source-over";
  font = "10px sans-serif";
  textAlign: CanvasTextAlign = "start";
  textBaseline: CanvasTextBaseline = "alphabetic";
  letterSpacing = "0px";

  readonly points: Point[] = [];
  readonly texts: DrawnText[] = [];
  readonly measured: string[] = [];
  private offset = { x: 0, y: 0 };
  // Snapshots of every drawing property, as a real context keeps them.
  private readonly stack: object[] = [];

  private at(call: string, x: number, y: number) {
    this.points.push({ x: x + this.offset.x, y: y + this.offset.y, call });
  }

  save() {
    this.stack.push({ ...this, offset: { ...this.offset } });
  }
  restore() {
    const saved = this.stack.pop();
    if (saved) Object.assign(this, saved);
  }
  translate(x: number, y: number) {
    this.offset = { x: this.offset.x + x, y: this.offset.y + y };
  }

  beginPath() {}
  closePath() {}
  moveTo(x: number, y: number) {
    this.at("moveTo", x, y);
  }
  lineTo(x: number, y: number) {
    this.at("lineTo", x, y);
  }
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number) {
    this.at("quadraticCurveTo", cpx, cpy);
    this.at("quadraticCurveTo", x, y);
  }
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number) {
    this.at("bezierCurveTo", cp1x, cp1y);
    this.at("bezierCurveTo", cp2x, cp2y);
    this.at("bezierCurveTo", x, y);
  }
  arc(x: number, y: number, radius: number) {
    this.at("arc", x - radius, y - radius);
    this.at("arc", x + radius, y + radius);
  }
  arcTo(x1: number, y1: number, x2: number, y2: number) {
    this.at("arcTo", x1, y1);
    this.at("arcTo", x2, y2);
  }
  rect(x: number, y: number, width: number, height: number) {
    this.at("rect", x, y);
    this.at("rect", x + width, y + height);
  }
  fill(path?: Path2D | CanvasFillRule) {
    this.recordPath("fill", path);
  }
  stroke(path?: Path2D) {
    this.recordPath("stroke", path);
  }
  clip() {}
  fillRect(x: number, y: number, width: number, height: number) {
    this.at("fillRect", x, y);
    this.at("fillRect", x + width, y + height);
  }

  measureText(text: string): Pick<TextMetrics, "width"> {
    this.measured.push(text);
    const spacing = Number.parseFloat(this.letterSpacing) || 0;
    return { width: [...text].length * (fontSize(this.font) * EM_PER_CHARACTER + spacing) };
  }
  fillText(text: string, x: number, y: number) {
    const width = this.measureText(text).width;
    this.measured.pop();
    const shift = { left: 0, start: 0, center: width / 2, right: width, end: width }[this.textAlign];
    const left = x + this.offset.x - shift;
    this.texts.push({
      text,
      left,
      right: left + width,
      baseline: y + this.offset.y,
      size: fontSize(this.font),
    });
  }

  createLinearGradient(): CanvasGradient {
    return { addColorStop: () => undefined };
  }
  createRadialGradient(): CanvasGradient {
    return { addColorStop: () => undefined };
  }

  // Artwork paths arrive as SVG path data with absolute coordinates only.
  private recordPath(call: string, path: unknown) {
    if (!(path instanceof RecordedPath2D)) return;
    const numbers = (path.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) this.at(call, numbers[i] ?? NaN, numbers[i + 1] ?? NaN);
  }
}
