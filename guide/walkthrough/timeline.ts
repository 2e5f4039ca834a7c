import type { GuideStepId } from '../steps.js';

/**
 * What one walkthrough video shows, in milliseconds from the start of its recording: the chapter card of each guide
 * step, and the captions under the picture (the step's summary, then each action's instruction, the mail shown).
 * The recorder (fixtures/walkthrough-recorder.ts) writes it; the encoder burns the captions into the video, embeds
 * them as subtitles and writes them beside it; the manifest lists them; the checks read them.
 */
export interface Chapter {
  step: GuideStepId;
  title: string;
  startMs: number;
  endMs: number;
}

export interface Caption {
  startMs: number;
  endMs: number;
  text: string;
}

export interface Timeline {
  chapters: Chapter[];
  captions: Caption[];
}

/** Keeps a timeline as it is recorded: a caption lasts until the next one starts or it is closed. */
export class TimelineBuilder {
  readonly chapters: Chapter[] = [];
  readonly captions: Caption[] = [];
  private openCaption: Caption | undefined;
  private openChapter: Chapter | undefined;

  constructor(private readonly now: () => number) {}

  chapter(step: GuideStepId, title: string): void {
    this.endChapter();
    this.openChapter = { step, title, startMs: this.now(), endMs: this.now() };
    this.chapters.push(this.openChapter);
  }

  endChapter(): void {
    this.endCaption();
    if (this.openChapter) this.openChapter.endMs = this.now();
    this.openChapter = undefined;
  }

  caption(text: string): void {
    if (this.openCaption?.text === text) return;
    this.endCaption();
    this.openCaption = { startMs: this.now(), endMs: this.now(), text };
    this.captions.push(this.openCaption);
  }

  endCaption(): void {
    if (this.openCaption) this.openCaption.endMs = this.now();
    this.openCaption = undefined;
  }

  build(): Timeline {
    this.endChapter();
    return { chapters: this.chapters, captions: this.captions.filter((c) => c.endMs > c.startMs) };
  }
}
