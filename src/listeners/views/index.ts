import type { App } from '@slack/bolt';
import { FRAMEWORK_UPLOAD_CALLBACK_ID } from '../../blocks/framework-admin.js';
import type { ListenerDeps } from '../deps.js';
import { CALIBRATION_CALLBACK, CHECKIN_CALLBACK } from '../../blocks/checkin.js';
import { calibrationSubmit } from './calibration-submit.js';
import { checkInSubmit } from './checkin-submit.js';
import { frameworkUploadSubmission } from './framework-upload.js';

/** Modal submissions (view_submission), one small named handler per callback id. */
export function registerViews(app: App, deps: ListenerDeps): void {
  app.view({ callback_id: CHECKIN_CALLBACK, type: 'view_submission' }, checkInSubmit(deps));
  app.view({ callback_id: CALIBRATION_CALLBACK, type: 'view_submission' }, calibrationSubmit(deps));
  app.view({ callback_id: FRAMEWORK_UPLOAD_CALLBACK_ID, type: 'view_submission' }, frameworkUploadSubmission(deps));
}
