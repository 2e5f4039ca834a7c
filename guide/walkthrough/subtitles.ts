import type { Caption, Chapter } from './timeline.js';

/** `HH:MM:SS.mmm`, the WebVTT timestamp form. */
export function vttTimestamp(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}

/** The captions as WebVTT subtitles (beside each video, and what a browser's <track> reads). */
export function captionsVtt(captions: readonly Caption[]): string {
  const blocks = captions.map(
    (c, i) => `${i + 1}\n${vttTimestamp(c.startMs)} --> ${vttTimestamp(c.endMs)}\n${oneLine(c.text)}`,
  );
  return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}

/** The captions as SubRip, which ffmpeg turns into the MP4's mov_text subtitle track. */
export function captionsSrt(captions: readonly Caption[]): string {
  const stamp = (ms: number) => vttTimestamp(ms).replace('.', ',');
  return captions.map((c, i) => `${i + 1}\n${stamp(c.startMs)} --> ${stamp(c.endMs)}\n${oneLine(c.text)}\n`).join('\n');
}

export interface BandStyle {
  width: number;
  height: number;
  /** Height of the caption band under the page. */
  band: number;
  font: string;
}

/**
 * The captions as an ASS script that libass draws into the band under the page (burned in, so every player shows
 * them and none can lay them over the page): white text, centred, wrapped within the band.
 */
export function captionsAss(captions: readonly Caption[], style: BandStyle): string {
  const fontSize = Math.round(style.band * 0.34);
  const stamp = (ms: number) => {
    const cs = Math.round(ms / 10);
    const h = Math.floor(cs / 360_000);
    const m = Math.floor(cs / 6000) % 60;
    const s = Math.floor(cs / 100) % 60;
    return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
  };
  const marginV = Math.max(4, Math.round((style.band - fontSize * 2.4) / 2));
  return [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${style.width}`,
    `PlayResY: ${style.height}`,
    'WrapStyle: 0',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    `Style: Band,${style.font},${fontSize},&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,0,0,2,40,40,${marginV},1`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...captions.map((c) => `Dialogue: 0,${stamp(c.startMs)},${stamp(c.endMs)},Band,,0,0,0,,${oneLine(c.text)}`),
    '',
  ].join('\n');
}

/** Chapters in ffmpeg's metadata format, so players list the guide steps of the MP4. */
export function chaptersFfmetadata(chapters: readonly Chapter[], title: string): string {
  const escape = (text: string) => text.replace(/[=;#\\\n]/g, (ch) => `\\${ch}`);
  return [
    ';FFMETADATA1',
    `title=${escape(title)}`,
    ...chapters.flatMap((c) => [
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      `START=${Math.round(c.startMs)}`,
      `END=${Math.max(Math.round(c.endMs), Math.round(c.startMs) + 1)}`,
      `title=${escape(c.title)}`,
    ]),
    '',
  ].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replaceAll('-->', '→');
}
