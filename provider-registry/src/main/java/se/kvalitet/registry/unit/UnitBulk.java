package se.kvalitet.registry.unit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.platform.audit.AuditTrail;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.input.CsvInput;
import se.kvalitet.platform.input.JsonRows;
import se.kvalitet.platform.input.RowRejection;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.unit.AreaOfActivity;
import se.kvalitet.platform.web.FieldProblem;
import se.kvalitet.platform.web.ForbiddenProblem;
import se.kvalitet.platform.web.Problem;
import se.kvalitet.platform.web.ProblemMapper;
import se.kvalitet.registry.unit.UnitResource.RegisterUnit;

/**
 * Registers many units in one request, a JSON array or text/csv: every row is checked as a single
 * registration would be; the valid ones are stored and announced, each refused one is answered
 * with its row number, field and reason. A file that cannot be read as a whole is refused whole.
 */
@ApplicationScoped
public class UnitBulk {

    public static final int MAX_ROWS = 10_000;
    public static final List<String> CSV_HEADER = List.of("name", "principalOrgNumber", "municipalityCode", "area", "permitId");
    private static final Logger LOG = Logger.getLogger(UnitBulk.class);

    /** What a bulk registration did: the units registered, in row order, and the rows refused. */
    public record BulkResult(int accepted, List<UUID> units, List<RowRejection> rejected) {
    }

    private final UnitRegistration registration;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Validator validator;

    public UnitBulk(UnitRegistration registration, AuditTrail audit, Outbox outbox, ObjectMapper mapper, Validator validator) {
        this.registration = registration;
        this.audit = audit;
        this.outbox = outbox;
        this.mapper = mapper;
        this.validator = validator;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BulkResult fromJson(InputStream body, Caller caller) {
        Outcome outcome = new Outcome();
        for (JsonRows.Row<RegisterUnit> row : JsonRows.read(body, RegisterUnit.class, MAX_ROWS, mapper, validator)) {
            if (row.rejection() != null) {
                outcome.rejected.add(row.rejection());
            } else {
                outcome.register(row.number(), row.value(), caller);
            }
        }
        return outcome.result();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BulkResult fromCsv(InputStream body, Caller caller) {
        Outcome outcome = new Outcome();
        for (CsvInput.Row row : CsvInput.read(body, CSV_HEADER, MAX_ROWS)) {
            if (row.problem() != null) {
                outcome.refuse(row.number(), "row", row.problem());
                continue;
            }
            List<String> cells = row.cells();
            Optional<AreaOfActivity> area = Arrays.stream(AreaOfActivity.values()).filter(a -> a.name().equals(cells.get(3))).findFirst();
            if (area.isEmpty()) {
                outcome.refuse(row.number(), "area", "must be one of " + List.of(AreaOfActivity.values()));
                continue;
            }
            RegisterUnit unit = new RegisterUnit(cells.get(0), cells.get(1), cells.get(2), area.get(), cells.get(4).isEmpty() ? null : cells.get(4));
            Optional<ConstraintViolation<RegisterUnit>> invalid = validator.validate(unit).stream().findFirst();
            if (invalid.isPresent()) {
                Problem.Violation violation = ProblemMapper.violationOf(invalid.get());
                outcome.refuse(row.number(), violation.field(), violation.reason());
            } else {
                outcome.register(row.number(), unit, caller);
            }
        }
        return outcome.result();
    }

    /** The units registered and rows refused so far. */
    private final class Outcome {

        private final List<UUID> units = new ArrayList<>();
        private final List<RowRejection> rejected = new ArrayList<>();
        private final AuditTrail.Batch audits = audit.batch();
        private final List<Outbox.Publication> announcements = new ArrayList<>();

        /** A row whose unit binds and passes bean validation: registered, or refused with the registration's reason. */
        void register(int row, RegisterUnit unit, Caller caller) {
            try {
                units.add(registration.register(unit, caller, audits, announcements).id);
            } catch (FieldProblem e) {
                refuse(row, e.field(), e.getMessage());
            } catch (ForbiddenProblem e) {
                refuse(row, "municipalityCode", e.getMessage());
            }
        }

        void refuse(int row, String field, String reason) {
            rejected.add(new RowRejection(row, field, reason));
        }

        /** Writes the registered units' audit entries and announcements, in row order, and answers what was done. */
        BulkResult result() {
            audits.write();
            outbox.publishAll(announcements);
            LOG.infof("Bulk registration: %d units registered, %d rows refused", units.size(), rejected.size());
            return new BulkResult(units.size(), List.copyOf(units), List.copyOf(rejected));
        }
    }
}
