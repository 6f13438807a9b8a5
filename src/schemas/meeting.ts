import { calendarDate } from './date.ts';
import { list, strictObject, text } from './fields.ts';

function personShape() {
  return {
    /** The person's name. */
    name: text('姓名'),
    /** The capacity in which the notice names them, e.g. 市委书记. */
    role: text('职务，如 "市委书记"'),
  };
}

/** The mobilization meeting (动员会) that opens the inspection. */
export function meetingSchema() {
  return strictObject(
    {
      /** The day the meeting was held. */
      date: calendarDate(),
      /** Where, when the notice says. */
      place: text('会议地点').optional(),
      /** Who chaired it, when the notice says. */
      chair: strictObject(personShape(), '主持人（姓名和职务）').optional(),
      /** Who spoke, in the notice's order, with what they spoke about. */
      speakers: list(
        strictObject(
          {
            ...personShape(),
            /** What the notice says they did, e.g. 就即将开展的巡视工作作了讲话. */
            topic: text('讲话内容的概括').optional(),
          },
          '讲话人（姓名、职务）',
        ),
        '讲话人',
        0,
      ).default([]),
    },
    '动员会信息',
  );
}
