package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** NPMI and G² against the formulas worked out by hand (natural logs, values to 6 places). */
class AssociationTest {
    private static final double EPS = 1e-6;

    @Test
    void pairSeenInHalfOfFourWindows() {
        // ab=2, a=3, b=2, N=4: p(ab)=.5, p(a)=.75, p(b)=.5; PMI=ln(.5/.375)=0.287682; NPMI=0.287682/0.693147.
        assertEquals(0.415037, Association.npmi(2, 3, 2, 4), EPS);
        // O = [[2,1],[0,1]], E = [[1.5,1.5],[.5,.5]]: 2(2 ln(2/1.5) + ln(1/1.5) + ln(1/.5)) = 1.726092.
        assertEquals(1.726092, Association.g2(2, 3, 2, 4), EPS);
    }

    @Test
    void pairAlwaysTogetherInHalfTheWindows() {
        // ab=a=b=3, N=6: PMI=ln(.5/.25)=ln 2, -ln p(ab)=ln 2, NPMI=1; G² = 2(3 ln 2 + 3 ln 2) = 12 ln 2.
        assertEquals(1.0, Association.npmi(3, 3, 3, 6), EPS);
        assertEquals(8.317766, Association.g2(3, 3, 3, 6), EPS);
    }

    @Test
    void slightlyRepelledPair() {
        // ab=2, a=3, b=3, N=4: PMI=ln(.5/.5625)=-0.117783, NPMI=-0.169925;
        // O=[[2,1],[1,0]], E=[[2.25,.75],[.75,.25]]: 2(2 ln(2/2.25) + 2 ln(1/.75)) = 0.679596.
        assertEquals(-0.169925, Association.npmi(2, 3, 3, 4), EPS);
        assertEquals(0.679596, Association.g2(2, 3, 3, 4), EPS);
    }

    @Test
    void edges() {
        assertEquals(1.0, Association.npmi(1, 1, 1, 1), EPS, "p(ab) = 1");
        assertEquals(-1.0, Association.npmi(0, 2, 2, 10), EPS, "never together");
        assertEquals(0.0, Association.g2(1, 1, 1, 1), EPS, "a 1×1 world holds no evidence");
    }
}
