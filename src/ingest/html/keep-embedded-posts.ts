/**
 * Lifts embedded social posts out of their wrappers so that neither Readability nor our own cleaning
 * drops them as "social" furniture: `<div class="social-media-embed"><blockquote class="twitter-tweet">`
 * becomes the bare `<blockquote>`. A quoted tweet is part of the story it is quoted in.
 */

const EMBEDDED_POSTS = 'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed';

export function keepEmbeddedPosts(document: Document): number {
  let kept = 0;
  for (const post of Array.from(document.querySelectorAll(EMBEDDED_POSTS))) {
    const postText = (post.textContent ?? '').trim();
    let wrapper: Element = post;
    // Climb while the parent holds nothing but this post.
    for (let parent = wrapper.parentElement; parent && parent.tagName.toUpperCase() !== 'BODY'; parent = parent.parentElement) {
      if ((parent.textContent ?? '').trim() !== postText) break;
      wrapper = parent;
    }
    if (wrapper !== post) wrapper.replaceWith(post);
    post.removeAttribute('class');
    post.setAttribute('data-embedded-post', '');
    kept++;
  }
  return kept;
}
