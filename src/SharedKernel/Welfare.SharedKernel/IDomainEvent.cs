namespace Welfare.SharedKernel;

/// <summary>A fact inside one module. Other modules learn of it only through an integration event.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
