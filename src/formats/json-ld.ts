/**
 * schema.org data for a notice page, so search engines and assistants can
 * answer "how do I reach the inspection team" directly: the team as a
 * government organization, its channels as a ServiceChannel with contact
 * points and hours, the mobilization meeting as an Event.
 */
import { lastUpdated } from '../notice/corrections.ts';
import { schedule } from '../notice/duty-phone.ts';
import { clockTime } from '../notice/hours.ts';
import { lastReportDay } from '../notice/period.ts';
import type { Hours } from '../schemas/hours.ts';
import { STAGE_LABELS } from '../schemas/kind.ts';
import { isStay, type Notice } from '../schemas/notice.ts';
import { teamWord } from './stage.ts';
import { unreachable } from '../util/unreachable.ts';
import { noticeUrl } from '../notice/urls.ts';
import { internationalNumber } from '../notice/phone.ts';

const WORKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const EVERY_DAY = [...WORKDAYS, 'Saturday', 'Sunday'];

export function noticeJsonLd(
  id: string,
  notice: Notice,
  site: URL | string,
  inspection: string = notice.inspection ?? id,
): Record<string, unknown> {
  const url = noticeUrl(id, site);
  const stay = isStay(notice) ? notice : undefined;
  const word = teamWord(notice.team);
  const team = { '@type': 'GovernmentOrganization', '@id': `${url}#team`, name: notice.team.name };
  // Hours hold only while the team is stationed: validFrom/validThrough bound them to the period.
  // Hours in words say nothing a machine can use: they are left out.
  const hours = (given: Hours | undefined) => {
    const plan = given && schedule(given);
    const through = stay && lastReportDay(stay.period);
    return plan?.ranges.map(([from, to]) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: plan.days === 'daily' ? EVERY_DAY : WORKDAYS,
      opens: clockTime(from),
      closes: to === 24 * 60 ? '23:59' : clockTime(to),
      ...(stay ? { validFrom: stay.period.start } : {}),
      ...(through ? { validThrough: through } : {}),
    }));
  };
  const channel: Record<string, unknown> = {
    '@type': 'ServiceChannel',
    name: `${notice.team.name}受理渠道`,
    serviceUrl: url,
  };
  const contactPoints: Record<string, unknown>[] = [];
  for (const item of notice.channels) {
    switch (item.type) {
      case 'phone':
        for (const number of item.numbers) {
          contactPoints.push({
            '@type': 'ContactPoint',
            contactType: '值班电话',
            telephone: internationalNumber(number),
            ...(hours(item.hours) ? { hoursAvailable: hours(item.hours) } : {}),
            availableLanguage: 'zh-CN',
          });
        }
        break;
      case 'mobile':
        contactPoints.push({
          '@type': 'ContactPoint',
          contactType: '手机（可打电话、发短信）',
          telephone: internationalNumber(item.number),
          ...(item.hours && hours(item.hours) ? { hoursAvailable: hours(item.hours) } : {}),
          availableLanguage: 'zh-CN',
        });
        break;
      case 'letter':
        channel['servicePostalAddress'] ??= postalAddress({ streetAddress: item.address }, item.postcode);
        break;
      case 'reception':
        channel['serviceLocation'] ??= { '@type': 'Place', name: item.place };
        break;
      case 'online':
        if (item.url) channel['serviceUrl'] = item.url;
        break;
      case 'sms':
        channel['serviceSmsNumber'] = {
          '@type': 'ContactPoint',
          contactType: '短信（只接收短信）',
          telephone: internationalNumber(item.number),
        };
        break;
      case 'email':
        contactPoints.push({ '@type': 'ContactPoint', contactType: '电子邮箱', email: item.address });
        break;
      case 'postbox':
        channel['servicePostalAddress'] ??= postalAddress({ postOfficeBoxNumber: item.box }, item.postcode);
        break;
      case 'suggestionBox':
        // Boxes to drop a letter in: schema.org has no channel for them.
        break;
      default:
        unreachable(item);
    }
  }
  if (contactPoints[0]) channel['servicePhone'] = contactPoints[0];
  const updated = lastUpdated(notice);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        '@id': url,
        headline: notice.title,
        datePublished: notice.published,
        ...(updated ? { dateModified: updated } : {}),
        inLanguage: 'zh-CN',
        // Where it comes from: the original's publisher and address, when the notice records them.
        ...(notice.source
          ? {
              publisher: { '@type': 'Organization', name: notice.source.publisher },
              ...(notice.source.url ? { isBasedOn: notice.source.url } : {}),
            }
          : {}),
        author: { '@id': `${url}#team` },
        ...(stay ? { about: { '@id': `${url}#service` } } : {}),
        // Every notice of one inspection is part of the same series, named by its arrival's page.
        articleSection: STAGE_LABELS[notice.kind],
        isPartOf: {
          '@type': 'CreativeWorkSeries',
          '@id': `${noticeUrl(inspection, site)}#inspection`,
          name: `${notice.team.name}${word}${notice.unit}`,
        },
      },
      { ...team, contactPoint: contactPoints },
      ...(stay
        ? [
            {
              '@type': 'GovernmentService',
              '@id': `${url}#service`,
              name: `${notice.team.name}${word}${notice.unit}期间受理来信来电来访`,
              provider: { '@id': `${url}#team` },
              areaServed: notice.unit,
              availableChannel: channel,
              ...(stay.scope?.accepted ? { description: stay.scope.accepted } : {}),
            },
          ]
        : []),
      ...(notice.kind === 'feedback'
        ? [
            {
              '@type': 'Event',
              name: `${notice.team.name}向${notice.feedback.to ?? notice.unit}反馈${word}情况`,
              startDate: notice.feedback.date,
              eventStatus: 'https://schema.org/EventScheduled',
              location: { '@type': 'Place', name: notice.unit },
              organizer: { '@id': `${url}#team` },
              superEvent: { '@id': `${noticeUrl(inspection, site)}#inspection` },
            },
          ]
        : []),
      ...(stay?.meeting
        ? [
            {
              '@type': 'Event',
              name: `${notice.team.name}${notice.unit}动员会`,
              startDate: stay.meeting.date,
              eventStatus: 'https://schema.org/EventScheduled',
              location: { '@type': 'Place', name: stay.meeting.place ?? notice.unit },
              organizer: { '@id': `${url}#team` },
            },
          ]
        : []),
    ],
  };
}

/** A schema.org PostalAddress in China: a box or a street, with its postcode when there is one. */
function postalAddress(where: Record<string, string>, postcode: string | undefined): Record<string, unknown> {
  return {
    '@type': 'PostalAddress',
    ...where,
    ...(postcode ? { postalCode: postcode } : {}),
    addressCountry: 'CN',
  };
}

/** JSON for a <script> element: "<" escaped so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
