import {
  AuthenticationConstants,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { type Activity, CallerIdConstants, ConfigurationServiceClientCredentialFactory, type InvokeResponse, type TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';

const MAX_CLIENTS = 64;

type SendOperation = ConnectorClient['sendOperationRequest'];
type OperationSpec = Parameters<SendOperation>[1];
interface PlainSpec {
  spec: OperationSpec;
  /** The argument holding the activity. */
  path: string;
  /** The Activity's own fields, as the connector's model lists them: what it sends of an activity. */
  fields: string[];
}
/** Each operation sending an activity, with its body sent as a plain object. */
const plainSpecs = new WeakMap<OperationSpec, PlainSpec | null>();

function plainSpecOf(spec: OperationSpec): PlainSpec | null {
  let plain = plainSpecs.get(spec);
  if (plain !== undefined) return plain;
  const body = spec.requestBody;
  const type = body?.mapper.type as { className?: string; modelProperties?: object } | undefined;
  plain =
    body && type?.className === 'Activity' && typeof body.parameterPath === 'string'
      ? { spec: { ...spec, requestBody: { ...body, mapper: { ...body.mapper, type: { name: 'Object' } } } }, path: body.parameterPath, fields: Object.keys(type.modelProperties ?? {}) }
      : null;
  plainSpecs.set(spec, plain);
  return plain;
}

/**
 * A connector client that sends an activity's own fields as they are. Its serialiser walked every
 * outgoing activity field by field against the connector's model (an answer card's is several kB)
 * only to copy it: the fields' names are the model's, their values plain JSON. About a twentieth of a
 * question turn's processor time (bench/turn-cpu.ts profile). Top-level fields outside the model are
 * still left out, as the serialiser left them; below the top level values go as built (the serialiser
 * also dropped fields its model lacks there, and wrote date strings again in UTC).
 */
function sendingPlainActivities(client: ConnectorClient): ConnectorClient {
  const send: SendOperation = client.sendOperationRequest.bind(client);
  client.sendOperationRequest = (args, spec, callback) => {
    const plain = plainSpecOf(spec);
    const activity = plain ? (args as Record<string, unknown>)[plain.path] : undefined;
    if (!plain || !activity || typeof activity !== 'object') return send(args, spec, callback);
    const fields: Record<string, unknown> = {};
    for (const name of plain.fields) {
      const value = (activity as Record<string, unknown>)[name];
      if (value !== undefined) fields[name] = value;
    }
    return send({ ...args, [plain.path]: fields }, plain.spec, callback);
  };
  return client;
}

/** The bot app id a connector or token client is built for (the token's audience, else its app id). */
const appIdOf = (identity: ClaimsIdentity): string => identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';

/** A bounded map of promised clients; a failed build is not kept, so the next turn tries again. */
function clientCache<T>(): (key: string, build: () => Promise<T>) => Promise<T> {
  const clients = new Map<string, Promise<T>>();
  return (key, build) => {
    let client = clients.get(key);
    if (!client) {
      if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
      client = build();
      client.catch(() => clients.delete(key));
      clients.set(key, client);
    }
    return client;
  };
}

/**
 * The Teams adapter, reusing its clients: botbuilder builds a new connector client (an HTTP pipeline,
 * its serialisers and, with credentials, its token provider) and a new user-token client for every
 * turn, on the inbound path (authenticateRequest's connector factory) and the proactive one
 * (createConnectorFactory). Here a connector client is built once per bot app id, service URL and
 * audience, a user-token client once per bot app id, and the turns that send to them share them.
 */
export class ReusingTeamsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    const auth: BotFrameworkAuthentication = this.botFrameworkAuthentication;
    const connectors = clientCache<ConnectorClient>();
    const reusing = (factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory => {
      const appId = appIdOf(identity);
      const build = (serviceUrl: string, audience?: string) => factory.create(serviceUrl, audience).then(sendingPlainActivities);
      return { create: (serviceUrl: string, audience?: string) => connectors(`${appId}|${serviceUrl}|${audience ?? ''}`, () => build(serviceUrl, audience)) } as ConnectorFactory;
    };
    const makeFactory = auth.createConnectorFactory.bind(auth);
    auth.createConnectorFactory = (identity) => reusing(makeFactory(identity), identity);
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (activity, authHeader) => {
      const result = await authenticate(activity, authHeader);
      return result.connectorFactory ? { ...result, connectorFactory: reusing(result.connectorFactory, result.claimsIdentity) } : result;
    };
    const tokenClients = clientCache<UserTokenClient>();
    const makeTokenClient = auth.createUserTokenClient.bind(auth);
    auth.createUserTokenClient = (identity) => tokenClients(appIdOf(identity), () => makeTokenClient(identity));
  }

  /**
   * Authenticates one activity (botbuilder's full check) and runs the turn; resolves with its invoke
   * response. A failure is thrown to the caller to answer: CloudAdapter.process would answer it with
   * 500 and its message, and write its stack to stderr.
   */
  run(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/**
 * botbuilder's public-cloud settings with the token signing keys published elsewhere (a test's
 * loopback server): botbuilder takes these all or none, so the rest are its own defaults.
 */
function channelAuthWith(openIdMetadataUrl: string) {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * The Bot Framework adapter. Without BOT_ID it runs in local mode and accepts unauthenticated traffic
 * (Agents Playground, tests), replying to the activity's serviceUrl; with BOT_ID, BOT_PASSWORD and
 * BOT_TENANT_ID it is single-tenant and rejects requests without a valid Bot Framework token (401).
 * `openIdMetadataUrl`, when given, is where the token signing keys are published (tests serve their own).
 */
export function createAdapter(config: Pick<Config, 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TENANT_ID'>, openIdMetadataUrl?: string): ReusingTeamsAdapter {
  const settings = config.BOT_ID
    ? {
        MicrosoftAppId: config.BOT_ID,
        MicrosoftAppPassword: config.BOT_PASSWORD,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: config.BOT_TENANT_ID,
        ...(openIdMetadataUrl ? channelAuthWith(openIdMetadataUrl) : {}),
      }
    : {};
  return new ReusingTeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
}
