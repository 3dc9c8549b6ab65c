import type { DataSource } from 'typeorm';
import { isUuid, type Identity, type PlatformConfig } from '@sesao28/platform';
import { EMAIL_ADDRESS } from '../../text.js';
import { quoteIdent } from '../../db/sql.js';
import { PlatformError } from '../../errors.js';
import type { NotifyChannel } from '../../notify/delivery.js';
import { lineUserIdOf } from '../../notify/line.js';
import type { Notice, NotificationRepository } from '../../notify/notification-repository.js';
import { readStopToken, stopToken } from '../../notify/stop-token.js';
import type { UnitManifest } from '../../unit-manifest.js';
import { FOLLOWED, followMessage, type FollowEvent, type FollowKind } from './follow-messages.js';

const STOP_PURPOSE = 'follower';

export interface FollowReceipt {
  kind: FollowKind;
  id: string;
  channels: NotifyChannel[];
}

/**
 * Following a consultation, draft or vote: a person leaves an e-mail address (or, signed in with
 * LINE, their LINE account) and is told when it opens, closes and publishes what came of it. A
 * sweep finds those moments in SQL; each message is once per follower and event (its dedupe key),
 * whatever replicas or repeated sweeps do. Only events after the person began to follow are told.
 */
export class FollowDesk {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unit: UnitManifest,
    private readonly notices: NotificationRepository,
    private readonly config: Pick<PlatformConfig, 'internalSecret' | 'publicUrl' | 'oidcProviders'>,
  ) {
    this.s = quoteIdent(unit.schemaName);
  }

  async follow(
    kind: FollowKind,
    id: string,
    who: Identity,
    input: { email?: string | null; line?: boolean | null },
  ): Promise<FollowReceipt> {
    if (!isUuid(id)) throw new PlatformError('FOLLOW_TARGET_NOT_FOUND', {}, 'id');
    const [found] = await this.dataSource.query(`SELECT 1 FROM ${this.s}.${FOLLOWED[kind].table} WHERE id = $1`, [id]);
    if (!found) throw new PlatformError('FOLLOW_TARGET_NOT_FOUND', {}, 'id');
    const email = input.email?.trim().toLowerCase() || null;
    const lineUserId = input.line ? lineUserIdOf(who, this.config) : null;
    if ((email && (email.length > 254 || !EMAIL_ADDRESS.test(email))) || (input.line && !lineUserId) || (!email && !lineUserId)) {
      throw new PlatformError('FOLLOW_NEEDS_CHANNEL', {}, email || !input.line ? 'email' : 'line');
    }
    const rows: [NotifyChannel, string][] = [];
    if (email) rows.push(['EMAIL', email]);
    if (lineUserId) rows.push(['LINE', lineUserId]);
    // Following twice is following once.
    for (const [channel, recipient] of rows) {
      await this.dataSource.query(
        `INSERT INTO ${this.s}.follower (kind, target_id, channel, recipient) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind, target_id, channel, recipient) DO NOTHING`,
        [kind, id, channel, recipient],
      );
    }
    return { kind, id, channels: rows.map(([channel]) => channel) };
  }

  /** The stop link of a message: that follower is gone (a link used twice stops nothing more). */
  async stop(token: string): Promise<boolean> {
    const id = readStopToken(this.config.internalSecret, STOP_PURPOSE, token);
    if (!id || !isUuid(id)) throw new PlatformError('FOLLOW_TOKEN_INVALID', {}, 'token');
    await this.dataSource.query(`DELETE FROM ${this.s}.follower WHERE id = $1`, [id]);
    return true;
  }

  /** One pass at `now`: queues what followers have not yet been told; returns how many. */
  async sweep(now: Date): Promise<number> {
    const notices: Notice[] = [];
    for (const [kind, followed] of Object.entries(FOLLOWED) as [FollowKind, (typeof FOLLOWED)[FollowKind]][]) {
      for (const [event, column] of Object.entries(followed.events) as [FollowEvent, string][]) {
        const rows: {
          followerId: string;
          channel: NotifyChannel;
          recipient: string;
          id: string;
          titleTh: string;
          titleEn: string | null;
        }[] = await this.dataSource.query(
          `SELECT f.id AS "followerId", f.channel, f.recipient, t.id, t.title_th AS "titleTh", t.title_en AS "titleEn"
             FROM ${this.s}.follower f JOIN ${this.s}.${followed.table} t ON t.id = f.target_id
             WHERE f.kind = $2 AND t.${column} <= $1 AND t.${column} > f.created_at
               AND NOT EXISTS (SELECT 1 FROM ${this.s}.notification n WHERE n.dedupe_key = 'follow:' || f.id || ':' || $3)
             LIMIT 2000`,
          [now, kind, event],
        );
        for (const r of rows) {
          const stop = stopToken(this.config.internalSecret, STOP_PURPOSE, r.followerId);
          notices.push({
            dedupeKey: `follow:${r.followerId}:${event}`,
            caseId: null,
            kind: `${kind}_${event}`,
            audience: 'FOLLOWER',
            channel: r.channel,
            recipient: r.recipient,
            ...followMessage(kind, event, r, this.unit, { publicUrl: this.config.publicUrl, stop }),
          });
        }
      }
    }
    let queued = 0;
    for (let i = 0; i < notices.length; i += 200) queued += await this.notices.queue(null, notices.slice(i, i + 200));
    return queued;
  }

  /** Retention: a follower's address goes once it has been kept as long as contact details are. */
  async purge(now: Date, days: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.s}.follower WHERE created_at < $1::timestamptz - make_interval(days => $2)`, [
      now,
      days,
    ]);
  }
}
