using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.Organisation.Application;

/// <summary>Turns the domain events of changed aggregates into integration events carrying the full state.</summary>
internal sealed class OrganisationEvents(IOutbox outbox, TimeProvider clock)
{
    public void Publish(Employee employee, IReadOnlyDictionary<string, int> gradeRanks)
    {
        var now = clock.GetUtcNow();
        foreach (var domainEvent in employee.DomainEvents)
        {
            IIntegrationEvent integrationEvent = domainEvent switch
            {
                EmployeeRegistered e => new EmployeeRegisteredIntegrationEvent(
                    Guid.CreateVersion7(now), now, employee.Id.Value, employee.DepartmentCode!, employee.Sex.ToString(),
                    employee.GradeCode, gradeRanks.GetValueOrDefault(employee.GradeCode), employee.EmploymentType.ToString(),
                    employee.AppointingAuthority.ToString(), employee.Status.ToString(), employee.JoinedOn, e.Effective, employee.NameKanji, employee.NameKana),
                EmployeeDetailsChanged e => new EmployeeChangedIntegrationEvent(
                    Guid.CreateVersion7(now), now, employee.Id.Value, [.. e.ChangedFields.Select(ToCamelCase)], employee.Sex.ToString(),
                    employee.GradeCode, gradeRanks.GetValueOrDefault(employee.GradeCode), employee.EmploymentType.ToString(),
                    employee.AppointingAuthority.ToString(), employee.Status.ToString(), e.Effective, employee.NameKanji, employee.NameKana),
                EmployeeTransferred e => new EmployeeTransferredIntegrationEvent(
                    Guid.CreateVersion7(now), now, employee.Id.Value, e.FromDepartment, e.ToDepartment, e.Effective),
                EmployeeLeft e => new EmployeeLeftIntegrationEvent(
                    Guid.CreateVersion7(now), now, employee.Id.Value, e.DepartmentCode, e.LastDay),
                _ => throw new InvalidOperationException($"No integration event for {domainEvent.GetType().Name}."),
            };
            outbox.Add(integrationEvent);
        }

        employee.ClearDomainEvents();
    }

    public void Publish(Department department)
    {
        var now = clock.GetUtcNow();
        foreach (var domainEvent in department.DomainEvents)
        {
            IIntegrationEvent integrationEvent = domainEvent switch
            {
                DepartmentChanged e => new DepartmentChangedIntegrationEvent(
                    Guid.CreateVersion7(now), now, department.Id.Value, e.IsNew, department.Name, department.ParentCode?.Value,
                    department.AppointingAuthority.ToString(), department.EffectiveFrom, department.EffectiveTo),
                DepartmentHeadAssigned e => new DepartmentHeadAssignedIntegrationEvent(
                    Guid.CreateVersion7(now), now, department.Id.Value, e.Head.Value, e.PreviousHead?.Value, e.From),
                _ => throw new InvalidOperationException($"No integration event for {domainEvent.GetType().Name}."),
            };
            outbox.Add(integrationEvent);
        }

        department.ClearDomainEvents();
    }

    private static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
