/**
 * The site's identity (content/site.yaml): who runs the site and the numbers
 * the registration authorities issued it. Every page shows them in its footer
 * and as the meta tags that audit crawlers of government sites read. Nothing
 * here has a default: a site without the file shows none of it, never a
 * placeholder or a sample number.
 */
import type { z } from 'astro/zod';
import { expectation } from '../notice/messages.ts';
import { checkedString, emailAddress, list, strictObject, text, webAddress } from './fields.ts';

/** A string that must match `pattern`; `expected` says what it should look like, with an example. */
function matching(expected: string, pattern: RegExp) {
  return checkedString(expected, (value) =>
    pattern.test(value) ? undefined : `收到 ${JSON.stringify(value)}，${expectation(expected)}`,
  );
}

/** 网站标识码: ten letters and digits, as the registration issued it (1307000001, bm09000001). */
const SITE_CODE = /^[0-9A-Za-z]{10}$/;
/** ICP备案号: the province's one character, ICP备, the number, 号, and the site's -n when it has one. */
const ICP = /^[\u4e00-\u9fff]ICP备\d{6,10}号(?:-\d{1,3})?$/u;
/** 公安备案号 as the registration writes it: the province's character, 公网安备, 14 digits, 号. */
const PUBLIC_SECURITY = /^[\u4e00-\u9fff]公网安备\s?\d{14}号$/u;
/** The badge's image: a file beside the site file, in a format every browser shows. */
const BADGE_IMAGE = /^[A-Za-z0-9_-][\w.-]*\.(?:png|jpe?g|gif|svg)$/i;
/** A number to call once a team has left: a hotline of five digits (12388), with its area code or
 * without, a landline or a mobile. */
const STANDING_PHONE = /^(?:(?:0\d{2,3}-)?\d{5}|0\d{2,3}-\d{7,8}|1[3-9]\d{9})$/;

/** Where a reader can still report once a team no longer takes reports: a number, a site, or both. */
function standingChannelSchema() {
  return strictObject(
    {
      /** What it is, e.g. 纪检监察举报电话, 中央纪委国家监委举报网站. */
      name: text('渠道的名称，如 "纪检监察举报电话"'),
      phone: matching('举报电话，如 "12388"、"0313-12388" 或 "0313-2568718"', STANDING_PHONE).optional(),
      url: webAddress().optional(),
    },
    '巡视结束后的反映渠道',
  ).superRefine((value, ctx) => {
    if (!value.phone && !value.url)
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `"${value.name}" 既没有电话也没有网址：应至少写 phone 或 url 之一`,
      });
  });
}

export function siteSchema() {
  return strictObject(
    {
      /** 主办单位: the office that runs the site. */
      publisher: text('主办单位的全称，如 "中共某某市纪律检查委员会"'),
      /** 网站标识码. */
      siteCode: matching('10 位字母或数字的网站标识码，如 "1307000001"', SITE_CODE),
      /** ICP备案号, linked to beian.miit.gov.cn. */
      icp: matching('ICP 备案号，如 "冀ICP备12345678号-1"', ICP),
      /** 公安备案号, linked to beian.mps.gov.cn with its digits. */
      publicSecurity: strictObject(
        {
          number: matching('公安备案号，如 "冀公网安备 13070302000123号"', PUBLIC_SECURITY),
          code: matching('公安备案号中的 14 位数字，如 "13070302000123"', /^\d{14}$/),
        },
        '公安备案',
      ).superRefine((value, ctx) => {
        const digits = /\d{14}/.exec(value.number)?.[0];
        if (digits && digits !== value.code)
          ctx.addIssue({
            code: 'custom',
            path: ['code'],
            input: value.code,
            message: `收到 ${JSON.stringify(value.code)}，应与公安备案号中的数字 ${digits} 相同`,
          });
      }),
      /** Where readers report an error on the site (我为网站找错), when the office takes such reports. */
      errorReport: emailAddress().optional(),
      /**
       * The 党政机关网站 badge the registration authority issued: its image,
       * a file beside the site file, and the address it links to.
       */
      badge: strictObject(
        {
          image: matching(
            '标识图片的文件名，放在 site.yaml 旁边，如 "dzjg.png"（PNG、JPEG、GIF 或 SVG）',
            BADGE_IMAGE,
          ),
          link: webAddress(),
        },
        '党政机关网站标识',
      ).optional(),
      /**
       * What a reader can do once a team no longer takes reports: the
       * standing numbers and sites, in the order to show them.
       */
      afterPeriod: list(standingChannelSchema(), '巡视结束后的反映渠道').optional(),
    },
    '网站信息（content/site.yaml）',
  );
}

export type Site = z.output<ReturnType<typeof siteSchema>>;

/** The registration authorities' sites the footer links. */
export const ICP_URL = 'https://beian.miit.gov.cn/';

export function publicSecurityUrl(site: Site): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${site.publicSecurity.code}`;
}
