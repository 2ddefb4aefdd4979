package de.pflegeregion.planning;

/** An enum the files, the API and the pages know by a code (e.g. {@code vollstationaer}) and show by a German label. */
interface Coded {

    String code();

    String label();

    /** The constant of {@code type} with that code, null if there is none. */
    static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        return null;
    }
}
