package io.github.numkit.cli.tour;

/** The language of the tour's explanations; numbers and names are the same in both. */
public enum Lang {
    /** English. */
    EN,
    /** Simplified Chinese. */
    ZH
}
