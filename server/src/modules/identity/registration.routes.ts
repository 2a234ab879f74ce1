import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { Registration, RegistrationInput, RegistrationParams, ResendInput, VerifyInput } from './registration.schema';
import { register, registrationView, resendRegistrationOtp, verifyRegistration } from './registration.service';

const tags = ['registration'];
const errorResponses = { 400: { $ref: 'ErrorResponse#' }, 404: { $ref: 'ErrorResponse#' }, 409: { $ref: 'ErrorResponse#' }, 429: { $ref: 'ErrorResponse#' } };

/** Self-registration with employee ID and the two OTP steps; synchronous, its state always readable. */
export async function registrationRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(Registration);
  const rateLimit = { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 };

  app.post(
    '/api/registrations',
    { config: { rateLimit }, schema: { tags, body: RegistrationInput, response: { 201: { $ref: 'Registration#' }, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await register(ctx, request.body, request.ip)),
  );

  app.get('/api/registrations/:id', { schema: { tags, params: RegistrationParams, response: { 200: { $ref: 'Registration#' }, ...errorResponses } } }, async (request) =>
    registrationView(ctx, request.params.id),
  );

  app.post(
    '/api/registrations/:id/verify',
    { config: { rateLimit }, schema: { tags, params: RegistrationParams, body: VerifyInput, response: { 200: { $ref: 'Registration#' }, ...errorResponses } } },
    async (request) => verifyRegistration(ctx, request.params.id, request.body.channel, request.body.code, request.ip),
  );

  app.post(
    '/api/registrations/:id/resend',
    { config: { rateLimit }, schema: { tags, params: RegistrationParams, body: ResendInput, response: { 200: { $ref: 'Registration#' }, ...errorResponses } } },
    async (request) => resendRegistrationOtp(ctx, request.params.id, request.body.channel),
  );
}
