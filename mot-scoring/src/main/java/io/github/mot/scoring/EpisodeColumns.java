package io.github.mot.scoring;

import io.github.mot.scoring.log.EncounterLog;

/**
 * The columns of the kept encounters of a set of {@link Episodes} in episode order, gathered once
 * and kept by the episodes (5 bytes per encounter): touchpoint codes (the episodes' own), levels and
 * staff codes by position, so that the journey analyses ({@link
 * DirectlyFollowsGraph}, {@link Funnel}, {@link Precursors}, {@link Recovery}) walk episodes over
 * arrays read in order, without an object per encounter. Episode {@code e}'s encounters are the
 * positions {@code start(e) <= p < end(e)}. Package-private; immutable after construction.
 */
final class EpisodeColumns {

  /** The episodes. */
  final Episodes episodes;
  /** The touchpoint code of each position. */
  final int[] touchpoint;
  /** The level of each position, -3..+3, or {@link EncounterLog#NO_LEVEL}. */
  final byte[] level;

  EpisodeColumns(Episodes episodes) {
    this.episodes = episodes;
    EncounterLog log = episodes.log();
    int[] rows = episodes.keptRows();
    int m = rows.length;
    touchpoint = episodes.keptTouchpoints();
    level = new byte[m];
    for (int p = 0; p < m; p++) {
      level[p] = log.hasLevel(rows[p]) ? (byte) log.levelValue(rows[p]) : EncounterLog.NO_LEVEL;
    }
  }

  /** The columns of a set of episodes: made on first use and kept by the episodes. */
  static EpisodeColumns of(Episodes episodes) {
    return episodes.episodeColumns();
  }

  /** The number of episodes. */
  int size() {
    return episodes.size();
  }

  /** The first position of an episode. */
  int start(int episode) {
    return episodes.startOf(episode);
  }

  /** The position after an episode's last. */
  int end(int episode) {
    return episodes.startOf(episode + 1);
  }

  /** The staff code of the encounter at a position, {@link EncounterLog#NO_CODE} for none. */
  int staff(int position) {
    return episodes.log().staffCode(episodes.keptRows()[position]);
  }

  /** Whether the encounter at a position is scored. */
  boolean scored(int position) {
    return level[position] != EncounterLog.NO_LEVEL;
  }
}
