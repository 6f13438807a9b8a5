/** The published JSON Schema describes one record of each kind (oneOf); an arrival's, whose fields every kind shares most of. */
export function arrivalOf(schema: { oneOf: { properties: Record<string, any> }[] }): {
  properties: Record<string, any>;
} {
  const arrival = schema.oneOf.find((option) => option.properties['kind']?.const === 'arrival');
  if (!arrival) throw new Error('the JSON Schema describes no arrival');
  return arrival;
}
