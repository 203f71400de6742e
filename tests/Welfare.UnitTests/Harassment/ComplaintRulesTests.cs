using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.SharedKernel;

namespace Welfare.UnitTests.Harassment;

/// <summary>The rules of 別紙第2 on the aggregate itself, without HTTP.</summary>
public sealed class ComplaintRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly CounselorCandidate[] Designated =
        [new("C1", CounselorSex.Female), new("C2", CounselorSex.Male), new("C3", CounselorSex.Female)];

    private static readonly IntakeFacts Facts = new(true, false, null, Urgency.Low, "ok", "colleagues", "May", "office", "remarks", "asked to stop", false, null, false, null);

    private static Complaint Receive(string[]? counselors = null, CounselorSex? sex = null, string? reason = null, string? respondent = "R1") =>
        Complaint.Receive(Guid.NewGuid(), ComplaintSource.PersonHarassed, "E1", null, respondent, null, [(HarassmentKind.PowerHarassment, null)], sex,
            counselors ?? ["C1", "C2"], reason, Designated, null, "C1", Today, Now);

    private static Complaint Confirmed()
    {
        var complaint = Receive();
        complaint.RecordIntake(Facts, "C1", Now);
        complaint.ConfirmIntake(1, ConfirmationMethod.ReadBack, "C1", Now);
        return complaint;
    }

    private static string CodeOf(Action action)
    {
        try
        {
            action();
        }
        catch (BusinessRuleViolationException b)
        {
            return b.Code.Value;
        }
        catch (ConflictException c)
        {
            return c.Code.Value;
        }

        return "no rule broken";
    }

    [TestCase(HarassmentSubKind.Pregnancy, SubKindGroup.Circumstance)]
    [TestCase(HarassmentSubKind.FertilityTreatment, SubKindGroup.Circumstance)]
    [TestCase(HarassmentSubKind.HazardousWorkExemption, SubKindGroup.PregnancyMeasure)]
    [TestCase(HarassmentSubKind.OtherPregnancyMeasure, SubKindGroup.PregnancyMeasure)]
    [TestCase(HarassmentSubKind.ChildcareLeave, SubKindGroup.ChildcareMeasure)]
    [TestCase(HarassmentSubKind.OtherChildcareMeasure, SubKindGroup.ChildcareMeasure)]
    [TestCase(HarassmentSubKind.CareNightWorkExemption, SubKindGroup.CareMeasure)]
    [TestCase(HarassmentSubKind.OtherCareMeasure, SubKindGroup.CareMeasure)]
    public void Sub_kinds_belong_to_their_paragraph_of_article_2(HarassmentSubKind subKind, SubKindGroup group) =>
        Assert.That(HarassmentSubKinds.GroupOf(subKind), Is.EqualTo(group));

    [Test]
    public void Two_counsellors_in_principle_one_only_with_a_reason()
    {
        Assert.That(CodeOf(() => _ = Receive(["C1"])), Is.EqualTo("harassment.counselors-single-without-reason"));
        Assert.That(Receive(["C1"], reason: "Asked for one").SingleCounselorReason, Is.EqualTo("Asked for one"));
        Assert.That(Receive(["C1", "C2"], reason: "ignored").SingleCounselorReason, Is.Null);
    }

    [Test]
    public void The_requested_sex_is_assigned_when_any_counsellor_of_it_can_be()
    {
        Assert.That(CodeOf(() => _ = Receive(["C1", "C3"], CounselorSex.Male)), Is.EqualTo("harassment.counselors-requested-sex"));
        Assert.That(Receive(["C1", "C3"], CounselorSex.Male, respondent: "C2").RequestedSexUnavailable, Is.True);
        Assert.That(Receive(["C1", "C2"], CounselorSex.Male).RequestedSexUnavailable, Is.False);
    }

    [Test]
    public void A_party_never_counsels_the_case()
    {
        Assert.That(CodeOf(() => _ = Receive(["C1", "C2"], respondent: "C2")), Is.EqualTo("harassment.counselors-party"));
    }

    [Test]
    public void Versions_are_appended_and_only_the_latest_unconfirmed_one_is_confirmed()
    {
        var complaint = Receive();
        complaint.RecordIntake(Facts, "C1", Now);
        complaint.RecordIntake(Facts with { HowOccurred = "shouting" }, "C2", Now);

        Assert.That(CodeOf(() => _ = complaint.ConfirmIntake(1, ConfirmationMethod.InWriting, "C1", Now)), Is.EqualTo("harassment.record-version"));
        complaint.ConfirmIntake(2, ConfirmationMethod.InWriting, "C1", Now);
        Assert.That(CodeOf(() => _ = complaint.RecordIntake(Facts, "C1", Now)), Is.EqualTo("harassment.record-confirmed"));
        complaint.CorrectIntake(Facts with { HowOccurred = "shouting and e-mails" }, "added e-mails", "C1", Now);

        Assert.That(complaint.Intake.Select(i => (i.Version, i.Facts.HowOccurred, i.IsConfirmed)),
            Is.EqualTo(new[] { (1, "remarks", false), (2, "shouting", true), (3, "shouting and e-mails", false) }));
        Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Intake), "a correction waits for its own confirmation");
    }

    [Test]
    public void Closure_needs_a_notice_after_the_last_action_even_within_the_same_instant()
    {
        var complaint = Confirmed();
        complaint.TakeAction(Guid.NewGuid(), ComplaintActionType.DirectWarning, Today, "warned", true, "C1", Now);
        complaint.TellComplainant(Guid.NewGuid(), Today, "told", "C1", Now);
        complaint.TakeAction(Guid.NewGuid(), ComplaintActionType.AdviceToComplainant, Today, "advised", true, "C1", Now);

        Assert.That(CodeOf(() => complaint.Close(ComplaintOutcome.Resolved, null, Today, [30], Now)), Is.EqualTo("harassment.closure-complainant-not-told"));
        complaint.TellComplainant(Guid.NewGuid(), Today, "told again", "C1", Now);
        complaint.Close(ComplaintOutcome.Resolved, null, Today, [90, 30], Now);

        Assert.That(complaint.FollowUps.Select(f => (f.EmployeeId, f.DueOn)), Is.EquivalentTo(new[] { ("E1", Today.AddDays(30)), ("E1", Today.AddDays(90)) }));
    }

    [Test]
    public void A_withdrawn_complaint_closes_without_a_notice()
    {
        var complaint = Confirmed();

        complaint.Close(ComplaintOutcome.Withdrawn, "withdrawn", Today, [], Now);

        Assert.That(complaint.Status, Is.EqualTo(ComplaintStatus.Closed));
    }

    [Test]
    public void Supervisor_observation_is_for_non_urgent_cases_only()
    {
        var urgent = Receive();
        urgent.RecordIntake(Facts with { Urgency = Urgency.High }, "C1", Now);
        urgent.ConfirmIntake(1, ConfirmationMethod.ReadBack, "C1", Now);

        Assert.That(CodeOf(() => urgent.ChooseHandling(HandlingChoice.SupervisorObservation, "minor")), Is.EqualTo("harassment.handling-urgent"));
        urgent.ChooseHandling(HandlingChoice.Hearing, "heard");
        Assert.That(urgent.Handling, Is.EqualTo(HandlingChoice.Hearing));
    }
}
