using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Grades.GetGrades;

/// <summary>The grade scale, lowest first.</summary>
public sealed record GetGradesQuery : IQuery<IReadOnlyList<GradeDto>>;
