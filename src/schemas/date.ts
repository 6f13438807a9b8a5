import { calendarDateProblem } from '../notice/dates.ts';
import { checkedString } from './fields.ts';

/**
 * A calendar day written as a quoted "YYYY-MM-DD" string.
 *
 * The quotes matter: unquoted, YAML turns the date into a `Date` before the
 * schema sees it and rolls an impossible day such as 2018-09-31 over to
 * 1 October, so the mistake could never be caught. An unquoted date is
 * therefore refused with a message that says how to write it.
 */
export function calendarDate() {
  return checkedString('带引号的日期，如 "2018-07-21"', calendarDateProblem).meta({ format: 'date' });
}
