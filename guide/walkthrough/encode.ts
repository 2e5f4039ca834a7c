import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { captionsAss, captionsSrt, chaptersFfmetadata, type BandStyle } from './subtitles.js';
import type { Timeline } from './timeline.js';

const run = promisify(execFile);

/** The picture of a walkthrough: the page, and a caption band under it where the instructions are written. */
export const FRAME = { width: 1280, height: 720, band: 80 } as const;
export const PAGE_VIEWPORT = { width: FRAME.width, height: FRAME.height - FRAME.band } as const;
/** Debian's fonts-noto-cjk, which `npm run setup` installs; libass finds it through fontconfig. */
export const CAPTION_FONT = 'Noto Sans CJK JP';

/** ffmpeg with libx264 and libass, and the Japanese font, or a message that says what to run. */
export async function checkEncoder(): Promise<void> {
  const missing: string[] = [];
  try {
    const { stdout } = await run('ffmpeg', ['-hide_banner', '-filters']);
    if (!/\bsubtitles\b/.test(stdout)) missing.push('ffmpeg with libass (its subtitles filter)');
  } catch {
    missing.push('ffmpeg');
  }
  try {
    const { stdout } = await run('fc-list', [`:family=${CAPTION_FONT}`]);
    if (stdout.trim() === '') missing.push(`the font "${CAPTION_FONT}" (fonts-noto-cjk)`);
  } catch {
    missing.push(`fontconfig's fc-list and the font "${CAPTION_FONT}" (fonts-noto-cjk)`);
  }
  if (missing.length > 0) {
    throw new Error(`Walkthrough videos need ${missing.join(' and ')}: run \`npm run setup\`.`);
  }
}

/**
 * The raw recording (WebM, page only) → an H.264 MP4 that PowerPoint, Windows and browsers play: the page above a
 * band with the captions burned in, the same captions as a Japanese mov_text track (off by default, since the band
 * already shows them), the guide steps as chapters, and the index at the front (faststart) for streaming.
 */
export async function encodeWalkthrough(options: {
  raw: string;
  output: string;
  title: string;
  timeline: Timeline;
  workDir: string;
}): Promise<void> {
  const { raw, output, title, timeline, workDir } = options;
  const style: BandStyle = { width: FRAME.width, height: FRAME.height, band: FRAME.band, font: CAPTION_FONT };
  // ASCII names in the work folder: the subtitles filter takes a path inside a filter graph.
  await writeFile(join(workDir, 'captions.ass'), captionsAss(timeline.captions, style));
  await writeFile(join(workDir, 'captions.srt'), captionsSrt(timeline.captions));
  await writeFile(join(workDir, 'chapters.txt'), chaptersFfmetadata(timeline.chapters, title));
  const filter = [
    `scale=${PAGE_VIEWPORT.width}:${PAGE_VIEWPORT.height}`,
    `pad=${FRAME.width}:${FRAME.height}:0:0:color=0x1f2d3d`,
    'subtitles=captions.ass',
    'format=yuv420p',
  ].join(',');
  await run(
    'ffmpeg',
    [
      ['-hide_banner', '-loglevel', 'error', '-y'],
      ['-i', raw, '-i', 'captions.srt', '-i', 'chapters.txt'],
      ['-map', '0:v', '-map', '1:s', '-map_metadata', '2', '-map_chapters', '2'],
      ['-vf', filter, '-r', '25'],
      ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '24', '-pix_fmt', 'yuv420p', '-profile:v', 'high'],
      [
        '-c:s',
        'mov_text',
        '-metadata:s:s:0',
        'language=jpn',
        '-metadata:s:s:0',
        'title=日本語',
        '-disposition:s:0',
        '0',
      ],
      ['-movflags', '+faststart', output],
    ].flat(),
    { cwd: workDir, timeout: 300_000 },
  );
}

export interface ProbedVideo {
  durationSec: number;
  video: { codec: string; width: number; height: number; pixFmt: string } | undefined;
  subtitles: { codec: string; language: string | undefined }[];
  chapters: number;
}

/** What ffprobe finds in a file: its duration, video stream, subtitle streams and chapters. */
export async function probe(file: string): Promise<ProbedVideo> {
  const { stdout } = await run(
    'ffprobe',
    [['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', file]].flat(),
  );
  const data = JSON.parse(stdout) as {
    format?: { duration?: string };
    streams?: {
      codec_type?: string;
      codec_name?: string;
      width?: number;
      height?: number;
      pix_fmt?: string;
      tags?: { language?: string };
    }[];
    chapters?: unknown[];
  };
  const streams = data.streams ?? [];
  const v = streams.find((s) => s.codec_type === 'video');
  return {
    durationSec: Number(data.format?.duration ?? 0),
    video: v
      ? { codec: v.codec_name ?? '', width: v.width ?? 0, height: v.height ?? 0, pixFmt: v.pix_fmt ?? '' }
      : undefined,
    subtitles: streams
      .filter((s) => s.codec_type === 'subtitle')
      .map((s) => ({ codec: s.codec_name ?? '', language: s.tags?.language })),
    chapters: data.chapters?.length ?? 0,
  };
}
