package dev.perflab.experiments.ch08.delay;

/** The query of a request to the delay server: which item, and how long to wait before answering. */
record ItemRequest(long id, int delayMillis) {

    /** The longest wait the server accepts, so a wrong client cannot hold a connection for hours. */
    static final int MAX_DELAY_MILLIS = 60_000;

    /** The request named by {@code id=…&delay=…}, or null when the query is not one. */
    static ItemRequest parse(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        Long id = null;
        Integer delay = null;
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return null;
            }
            String value = pair.substring(equals + 1);
            try {
                switch (pair.substring(0, equals)) {
                    case "id" -> id = Long.parseLong(value);
                    case "delay" -> delay = Integer.parseInt(value);
                    default -> {
                        return null;
                    }
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (id == null || delay == null || delay < 0 || delay > MAX_DELAY_MILLIS) {
            return null;
        }
        return new ItemRequest(id, delay);
    }
}
