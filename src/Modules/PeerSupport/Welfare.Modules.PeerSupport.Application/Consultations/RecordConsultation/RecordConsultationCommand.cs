using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordConsultation;

/// <summary>
/// A supporter records a consultation they held (seed 000 第2): about an employee or a family member
/// (then the employee concerned and the relationship), requested or started by the supporter's outreach.
/// </summary>
public sealed record RecordConsultationCommand(
    SubjectKind SubjectKind,
    string SubjectEmployeeId,
    string? FamilyRelationship,
    ConsultationChannel Channel,
    ConsultationCategory Category,
    DateOnly? OpenedOn,
    string Content) : ICommand<ConsultationDto>;
