package io.github.numkit.cli.linalg;

import io.github.numkit.cli.tour.Lang;
import io.github.numkit.linalg.quadratic.Definiteness;
import io.github.numkit.linalg.quadratic.Extremum;
import java.util.Locale;

/** English and Chinese words for the result lines of the quadratic tour steps. */
final class TourWords {

    private TourWords() {
    }

    /** Returns {@code zh} under {@code --lang zh} and {@code en} otherwise. */
    static String pick(Lang lang, String en, String zh) {
        return lang == Lang.ZH ? zh : en;
    }

    /** Names the kind of stationary point, as the English enum name in lower case or in Chinese. */
    static String extremum(Extremum extremum, Lang lang) {
        if (lang != Lang.ZH) {
            return extremum.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return switch (extremum) {
            case MINIMUM -> "最小值";
            case MAXIMUM -> "最大值";
            case SADDLE -> "鞍点";
            case MINIMUM_SET -> "最小值集合";
            case MAXIMUM_SET -> "最大值集合";
            case UNBOUNDED_BELOW -> "无下界";
            case UNBOUNDED_ABOVE -> "无上界";
            case AFFINE -> "仿射函数";
            case CONSTANT -> "常数";
        };
    }

    /** Names the definiteness of A, as the English enum name in lower case or in Chinese. */
    static String definiteness(Definiteness definiteness, Lang lang) {
        if (lang != Lang.ZH) {
            return definiteness.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return switch (definiteness) {
            case POSITIVE_DEFINITE -> "正定";
            case NEGATIVE_DEFINITE -> "负定";
            case POSITIVE_SEMIDEFINITE -> "半正定";
            case NEGATIVE_SEMIDEFINITE -> "半负定";
            case INDEFINITE -> "不定";
            case ZERO -> "零矩阵";
        };
    }
}
