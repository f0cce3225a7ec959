import { logger } from '../../log.js';
import type { StorageError } from '../../store/types.js';
import { ApiError } from '../errors.js';

/**
 * A write that did not reach the disk, as the client sees it: 507 when the disk is full (the operator must make
 * room; nothing of this request was saved, everything acknowledged before is intact), 503 for another write error.
 */
export function storageFailure(err: StorageError): ApiError {
  logger.error({ code: err.code }, err.full ? 'schijf vol: schrijven geweigerd' : 'schrijffout in de database');
  return err.full
    ? new ApiError(507, 'opslag-vol', 'De server kan niets meer opslaan: de schijf is vol. Er is niets van deze aanvraag bewaard; wat eerder is opgeslagen blijft bewaard. Probeer het later opnieuw en meld het aan de beheerder.')
    : new ApiError(503, 'opslag-fout', 'De server kon dit niet opslaan door een schrijffout. Er is niets van deze aanvraag bewaard. Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder.');
}
