import { isWebUrl, youtubeEmbedUrl, youtubeId } from './video-link';

describe('video links', () => {
  it('finds the YouTube video id in the usual kinds of link', () => {
    expect(youtubeId('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://youtu.be/dQw4w9WgXcQ?si=abc')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://m.youtube.com/shorts/dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
  });

  it('embeds nothing for other sites, lookalike hosts or ids that are not YouTube ids', () => {
    expect(youtubeId('https://vimeo.com/123456')).toBeNull();
    expect(youtubeId('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(youtubeId('https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E')).toBeNull();
    expect(youtubeId('https://www.youtube.com/watch?v=../../x')).toBeNull();
    expect(youtubeId('javascript:alert(1)//youtu.be/dQw4w9WgXcQ')).toBeNull();
    expect(youtubeId(null)).toBeNull();
    expect(() => youtubeEmbedUrl('"><script>')).toThrow();
    expect(youtubeEmbedUrl('dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  });

  it('offers only web addresses as a link', () => {
    expect(isWebUrl('https://zoom.us/rec/share/abc')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });
});
