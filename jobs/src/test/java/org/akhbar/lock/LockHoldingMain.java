package org.akhbar.lock;

import org.apache.hadoop.conf.Configuration;

/** A child process for {@link WarehouseLockProcessTest}: takes the lock of args[0], says so, and waits to be killed. */
public final class LockHoldingMain {
    private LockHoldingMain() {
    }

    public static void main(String[] args) throws Exception {
        WarehouseLock lock = WarehouseLock.acquire(args[0], new Configuration(), "lock holder");
        System.out.println("held");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        lock.close();
    }
}
