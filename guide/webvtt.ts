/** One chapter of a walkthrough video, in milliseconds from the start of the recording. */
export interface ChapterCue {
  startMs: number;
  endMs: number;
  title: string;
}

/** `HH:MM:SS.mmm`, the WebVTT timestamp form. */
export function vttTimestamp(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}

/**
 * A WebVTT chapters track (`<track kind="chapters">`, or mpv/VLC beside the video), one cue per guide step.
 * Cue text may not contain "-->" or blank lines, so titles are kept to one line.
 */
export function chaptersVtt(cues: readonly ChapterCue[]): string {
  const blocks = cues.map((cue, index) => {
    const title = cue.title.replace(/\s*\n\s*/g, ' ').replaceAll('-->', '→');
    const end = Math.max(cue.endMs, cue.startMs + 1);
    return `${index + 1}\n${vttTimestamp(cue.startMs)} --> ${vttTimestamp(end)}\n${title}`;
  });
  return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}
