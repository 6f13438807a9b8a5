/**
 * The components a compiled notice's text is rendered with: the documented
 * content components (src/content/components.ts names them and their
 * attributes), and the site's own rendering of its images and links.
 */
import type { ContentComponentName } from '../../content/components.ts';
import Attachment from './Attachment.astro';
import Figure from './Figure.astro';
import Link from './Link.astro';
import Photo from './Photo.astro';

export const contentComponents = {
  Figure,
  Attachment,
  img: Photo,
  a: Link,
} satisfies Record<ContentComponentName | 'img' | 'a', unknown>;
