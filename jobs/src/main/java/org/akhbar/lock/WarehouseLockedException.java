package org.akhbar.lock;

/** Another writer holds the warehouse: the run did not start and changed nothing; try again later. */
public final class WarehouseLockedException extends RuntimeException {
    public WarehouseLockedException(String message) {
        super(message);
    }
}
