import { escapeHtml } from '../html.js';
import type { WalkthroughManifest } from './manifest.js';

/**
 * walkthroughs/index.html: every video with its chapters; a click on a chapter plays the video from that step.
 * Plain HTML with relative links and an inline script, so it opens from disk (file://) and from any share.
 */
export function renderWalkthroughIndex(manifest: WalkthroughManifest): string {
  const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;
  const sections = manifest.videos.map((video, index) => {
    const chapters = video.chapters
      .map(
        (c) =>
          `<li><button type="button" data-video="v${index}" data-at="${c.startSec.toFixed(2)}"><span class="at">${clock(c.startSec)}</span> ${escapeHtml(c.title)}</button></li>`,
      )
      .join('\n');
    return `<section>
<h2>${escapeHtml(video.name)} ${escapeHtml(video.title)}</h2>
<div class="pair">
<video id="v${index}" controls preload="metadata" src="${encodeURI(video.file)}" width="1280" height="720"></video>
<div><h3>チャプター</h3><ol class="chapters">
${chapters}
</ol>
<p class="files">動画: <a href="${encodeURI(video.file)}">${escapeHtml(video.file)}</a>（${clock(video.durationSec)}）・字幕: <a href="${encodeURI(video.subtitles)}">${escapeHtml(video.subtitles)}</a></p></div>
</div>
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ビジネスポータル 操作説明動画（ひかりクラウドPBX編）</title>
<style>
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", "Meiryo", sans-serif; margin: 0 auto; max-width: 1400px; padding: 24px; color: #222; }
h1 { border-bottom: 3px solid #0b4ea2; padding-bottom: 8px; }
h2 { background: #0b4ea2; color: #fff; padding: 6px 12px; font-size: 1.15em; margin-top: 40px; }
.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(240px, 1fr); gap: 20px; align-items: start; }
video { width: 100%; height: auto; background: #000; }
ol.chapters { list-style: none; padding: 0; margin: 0; }
ol.chapters button { display: block; width: 100%; text-align: left; border: 1px solid #c9d6ea; background: #f3f7fd; margin: 0 0 6px; padding: 8px 10px; font: inherit; cursor: pointer; border-radius: 4px; }
ol.chapters button:hover, ol.chapters button:focus { background: #dce8fa; }
.at { color: #0b4ea2; font-variant-numeric: tabular-nums; margin-right: 6px; }
.files, .meta { color: #555; font-size: 0.9em; }
</style>
</head>
<body>
<h1>ビジネスポータル 操作説明動画（ひかりクラウドPBX編）</h1>
<p class="meta">ご利用ガイドの手順ごとの操作を動画で紹介します。チャプターをクリックすると、その手順から再生します。※画面はイメージです。（作成: ${escapeHtml(manifest.generatedAt)}）</p>
${sections.join('\n')}
<script>
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-video]');
  if (!button) return;
  const video = document.getElementById(button.dataset.video);
  video.currentTime = Number(button.dataset.at);
  video.play();
  video.scrollIntoView({ behavior: 'smooth', block: 'center' });
});
</script>
</body>
</html>
`;
}
