package org.permlab.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Binary stages against their closed forms, derived independently of the solvers.
 *
 * <p>Complete mixing (Weller and Steiner, J. Appl. Phys. 21 (1950) 279; as in Geankoplis, Transport Processes,
 * 4th ed., §13.10): for a stage cut theta, the permeate mole fraction y of the fast gas solves
 * a y^2 + b y + c = 0 with c1 = theta + r (1 - theta), r = p_l/p_h, a = c1 (1 - alpha),
 * b = 1 - theta - x_F - r (1 - theta) + alpha (c1 + x_F), c = -alpha x_F; the area follows from the fast gas's flux,
 * A = theta F y / (Q_A p_h (x - r y)) with x = (x_F - theta y) / (1 - theta).
 *
 * <p>Cross-flow (the integral of Weller and Steiner, Chem. Eng. Prog. 46 (1950) 585, written in the local permeate
 * composition y as by Walawender and Stern, Sep. Sci. 7 (1972) 553): with beta = alpha - 1 the local relation
 * gives x(y) = y [1 + r beta (1 - y)] / (alpha - beta y), and d ln L / dy = x'(y) / (y - x(y)) has the partial
 * fractions whose integral is L/F = (y/y_F)^((1 + r beta)/(beta (1 - r))) ((1 - y_F)/(1 - y))^((alpha - r beta)/
 * (beta (1 - r))) (alpha - beta y)/(alpha - beta y_F). The area is the quadrature of dA = -dL / (total flux per
 * area) in y, a different variable and integrator than the solver's.
 */
class ClosedFormTest {

    private static final List<String> BINARY = List.of("He", "CH4");

    private static ProcessStream binaryFeed(double xFast, double pFeed) {
        return ProcessStream.ofFractions(BINARY, 1.0, new double[] {xFast, 1 - xFast}, pFeed, 423);
    }

    @ParameterizedTest(name = "alpha {0}, x_F {1}, p_F/p_P {2}, A {3} m2")
    @CsvSource({"13.9, 0.01, 50, 10", "13.9, 0.01, 50, 25", "17.4, 0.3, 10, 10", "2.0, 0.5, 3, 10",
        "100, 0.05, 20, 5", "13.9, 0.01, 50, 0.01"})
    void completeMixingIsWellerSteiner(double alpha, double xF, double ratio, double area) {
        double qFast = 51 * SeedCase.GPU;
        double pF = 50e5;
        double r = 1 / ratio;
        StageResult s = Stage.simple("S", SeedCase.binary(qFast, qFast / alpha), area, new CompleteMixing(),
                pF * r).solve(binaryFeed(xF, pF));
        assertThat(s.solver().converged()).isTrue();
        double theta = s.stageCut();
        double c1 = theta + r * (1 - theta);
        double a = c1 * (1 - alpha);
        double b = 1 - theta - xF - r * (1 - theta) + alpha * (c1 + xF);
        double c = -alpha * xF;
        double y = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        assertThat(y).isBetween(0.0, 1.0);
        double x = (xF - theta * y) / (1 - theta);
        double areaClosedForm = theta * 1.0 * y / (qFast * pF * (x - r * y));
        // the closed form itself is exact; 1e-10 is the bar, rounding in the quadratic is ~1e-14
        assertThat(s.permeatePurity("He")).isCloseTo(y, within(1e-10));
        assertThat(areaClosedForm).isCloseTo(area, within(1e-10 * area));
        assertThat(s.retentate().moleFraction("He")).isCloseTo(x, within(1e-10));
    }

    @ParameterizedTest(name = "alpha {0}, x_F {1}, p_F/p_P {2}, A {3} m2")
    @CsvSource({"13.9, 0.1, 50, 5", "13.9, 0.01, 50, 20", "17.4, 0.3, 10, 10", "2.0, 0.5, 3, 10",
        "100, 0.05, 20, 3"})
    void crossFlowIsItsClosedFormIntegral(double alpha, double xF, double ratio, double area) {
        double qFast = 51 * SeedCase.GPU;
        double qSlow = qFast / alpha;
        double pF = 50e5;
        double r = 1 / ratio;
        StageResult s = Stage.simple("S", SeedCase.binary(qFast, qSlow), area, new CrossFlow(), pF * r)
                .solve(binaryFeed(xF, pF));
        assertThat(s.solver().converged()).isTrue();
        double xo = s.retentate().moleFraction("He");
        double beta = alpha - 1;
        double yF = SeedCase.binaryLocalPermeate(xF, alpha, r);
        double yo = SeedCase.binaryLocalPermeate(xo, alpha, r);
        double e1 = (1 + r * beta) / (beta * (1 - r));
        double e2 = (alpha - r * beta) / (beta * (1 - r));
        java.util.function.DoubleUnaryOperator lOverF = yy -> Math.pow(yy / yF, e1)
                * Math.pow((1 - yF) / (1 - yy), e2) * (alpha - beta * yy) / (alpha - beta * yF);
        // the ODE runs at relative tolerance 1e-12; 1e-9 leaves room for its accumulated error
        assertThat(s.retentate().totalFlowMolS()).isCloseTo(lOverF.applyAsDouble(yo), within(1e-9));

        // area: A = int_{y_o}^{y_F} L(y) (dlnL/dy) (1 - y) / (Q_B p_h [(1 - x(y)) - r (1 - y)]) dy
        IterativeLegendreGaussIntegrator gauss = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
        double areaQuadrature = gauss.integrate(100_000, yy -> {
            double x = yy * (1 + r * beta * (1 - yy)) / (alpha - beta * yy);
            double num = alpha * (1 + r * beta) - 2 * r * alpha * beta * yy + r * beta * beta * yy * yy;
            double dLnL = num / (beta * (1 - r) * yy * (1 - yy) * (alpha - beta * yy));
            double fluxPerArea = qSlow * pF * ((1 - x) - r * (1 - yy)) / (1 - yy);
            return lOverF.applyAsDouble(yy) * dLnL / fluxPerArea;
        }, yo, yF);
        assertThat(areaQuadrature).isCloseTo(area, within(1e-8 * area));
    }
}
