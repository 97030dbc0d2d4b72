using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Kinerja.Web.Hosting;

/// <summary>
/// Gives every DataAnnotations attribute that has no message of its own an Indonesian one (<see cref="WebMessages"/>),
/// including the [Required] that MVC adds by itself to a non-nullable property. Attributes with their own
/// <see cref="ValidationAttribute.ErrorMessage"/> or a resource message keep it. Runs after MVC's own providers.
/// </summary>
internal sealed class IndonesianValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && attribute.ErrorMessageResourceType is null)
                attribute.ErrorMessage = MessageFor(attribute);
        }
    }

    /// <summary>The Indonesian message of an attribute kind; its placeholders are those the attribute formats.</summary>
    internal static string MessageFor(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => WebMessages.ValidationRequired,
        StringLengthAttribute { MinimumLength: > 0 } => WebMessages.ValidationLengthBetween,
        StringLengthAttribute or MaxLengthAttribute => WebMessages.ValidationMaxLength,
        MinLengthAttribute => WebMessages.ValidationMinLength,
        RangeAttribute => WebMessages.ValidationRange,
        RegularExpressionAttribute => WebMessages.ValidationPattern,
        EmailAddressAttribute => WebMessages.ValidationEmail,
        CompareAttribute => WebMessages.ValidationCompare,
        _ => WebMessages.ValidationInvalid,
    };
}
