import { calendarDate } from './date.ts';
import { strictObject, text } from './fields.ts';

/** Another unit the same team inspects in this round, with the day of its own mobilization meeting when the notice gives it. */
export function otherUnitSchema() {
  return strictObject(
    {
      /** The unit's name as the notice gives it, e.g. 宣化区. */
      name: text('被巡视单位的名称，如 "宣化区"'),
      /** The day of that unit's mobilization meeting, when given. */
      meetingDate: calendarDate().optional(),
    },
    '同时被巡视的单位',
  );
}
