package nl.iat.reporting.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A frozen progress report: its rendered content is stored once and never recomputed. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    public int number;

    public String title;

    @Column(name = "reference_date")
    public LocalDate referenceDate;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /** Business time: the end of the reference date. */
    @Column(name = "as_of")
    public OffsetDateTime asOf;

    /** Recording time: when it was frozen. */
    @Column(name = "known_at")
    public OffsetDateTime knownAt;

    /** The content as JSON, exactly the text the hash is computed over. */
    public String content;

    @Column(name = "content_sha256")
    public String contentSha256;

    @Column(name = "previous_number")
    public Integer previousNumber;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The clearance it was frozen for (ADR 0016): PUBLIC, for parliament, unless frozen at another level. */
    public String classification;
}
