/** Why an operator's command did nothing, in words for the operator: nothing was changed. */
export class OperatorRefused extends Error {
  override name = 'OperatorRefused';
}
