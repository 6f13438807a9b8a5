/**
 * The content components a notice may use in its text: their names and
 * attributes, for the check (mdx-body.ts) and the README. Their Astro
 * components are in src/components/content/, one per name here; the
 * notice's page hands them to the text, so a notice imports none of them.
 */

export interface ComponentSpec {
  /** What it is for, said to the people who write notices. */
  purpose: string;
  /** Its attributes: true when it must be given. Every value is quoted text. */
  attributes: Record<string, boolean>;
  /** What its content must be. */
  content: 'one-image' | 'text';
}

export const CONTENT_COMPONENTS = {
  Figure: {
    purpose: '带说明的照片：内容是一张 Markdown 图片，caption 是照片下方的说明',
    attributes: { caption: true },
    content: 'one-image',
  },
  Attachment: {
    purpose: '附件：file 是公告旁的文件，内容是附件的名称；链接上会注明类型和大小',
    attributes: { file: true },
    content: 'text',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

export function isContentComponent(name: string): name is ContentComponentName {
  return Object.hasOwn(CONTENT_COMPONENTS, name);
}

/** "<Figure>、<Attachment>", for messages. */
export const COMPONENT_LIST = Object.keys(CONTENT_COMPONENTS)
  .map((name) => `<${name}>`)
  .join('、');
