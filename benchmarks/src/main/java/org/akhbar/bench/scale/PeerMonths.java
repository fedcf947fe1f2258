package org.akhbar.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/** The month names a user's peer script looks up in date lines: English, Egyptian, Levantine and Maghrebi. */
final class PeerMonths {
    static final Map<String, Integer> BY_NAME = names();

    private PeerMonths() {
    }

    private static Map<String, Integer> names() {
        Map<String, Integer> names = new LinkedHashMap<>();
        String[][] lists = {
            {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"},
            {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                "ديسمبر"},
            {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                "تشرين الثاني", "كانون الأول"},
        };
        for (String[] list : lists) {
            for (int m = 0; m < 12; m++) {
                names.put(list[m], m + 1);
            }
        }
        String[][] maghrebi = {{"جانفي", "1"}, {"فيفري", "2"}, {"أفريل", "4"}, {"ماي", "5"}, {"جوان", "6"},
            {"جويلية", "7"}, {"أوت", "8"}, {"يوليوز", "7"}, {"غشت", "8"}, {"شتنبر", "9"}, {"نونبر", "11"},
            {"دجنبر", "12"}};
        for (String[] pair : maghrebi) {
            names.put(pair[0], Integer.parseInt(pair[1]));
        }
        return names;
    }

    /** The table as SQL: {@code (VALUES ('January',1), ...) AS m(name, month)}. */
    static String sqlValues() {
        StringBuilder sql = new StringBuilder("(VALUES ");
        BY_NAME.forEach((name, month) -> sql.append(sql.length() > 8 ? "," : "").append("('").append(name)
                .append("',").append(month).append(')'));
        return sql.append(") AS m(name, month)").toString();
    }
}
